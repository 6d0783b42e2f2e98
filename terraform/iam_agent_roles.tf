# One service role per agent. Bedrock may assume it only for agents of this account and region, and the role may
# only invoke that agent's own model. Action groups need no permission here: each Lambda's resource policy
# (aws_lambda_permission next to the agent) admits exactly that agent.

data "aws_iam_policy_document" "agent_assume" {
  statement {
    sid     = "BedrockAgentsOfThisAccount"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["bedrock.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }

    # The agent ids do not exist before the roles, so the ARN is matched per account and region.
    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values   = ["arn:${local.partition}:bedrock:${local.region}:${local.account_id}:agent/*"]
    }
  }
}

resource "aws_iam_role" "agent" {
  for_each = local.agent_model_ids

  name               = "${local.name_prefix}-agent-${each.key}"
  description        = "Service role of the ${each.key} Bedrock agent"
  assume_role_policy = data.aws_iam_policy_document.agent_assume.json
}

data "aws_iam_policy_document" "agent_model_access" {
  for_each = local.agent_model_ids

  statement {
    sid       = "InvokeOwnModel"
    actions   = ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"]
    resources = local.agent_model_resources[each.key]
  }

  # Only for models reached through a cross-region inference profile.
  dynamic "statement" {
    for_each = local.agent_inference_profiles[each.key]

    content {
      sid       = "ReadOwnInferenceProfile"
      actions   = ["bedrock:GetInferenceProfile"]
      resources = [statement.value]
    }
  }
}

resource "aws_iam_role_policy" "agent_model_access" {
  for_each = local.agent_model_ids

  name   = "model-access"
  role   = aws_iam_role.agent[each.key].id
  policy = data.aws_iam_policy_document.agent_model_access[each.key].json
}
