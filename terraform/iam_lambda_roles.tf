# One role per function, each allowed only what its own code does. No action wildcards anywhere.

data "aws_iam_policy_document" "lambda_assume" {
  statement {
    sid     = "LambdaService"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "lambda" {
  for_each = local.lambda_functions

  name               = "${local.name_prefix}-${each.value.dir}"
  description        = "Execution role of the ${each.value.dir} function"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
}

# --- logs: every function writes only to its own log group -----------------------------------------------------------

data "aws_iam_policy_document" "lambda_logs" {
  for_each = local.lambda_functions

  statement {
    sid       = "WriteOwnLogGroup"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.lambda[each.key].arn}:*"]
  }
}

resource "aws_iam_role_policy" "lambda_logs" {
  for_each = local.lambda_functions

  name   = "logs"
  role   = aws_iam_role.lambda[each.key].id
  policy = data.aws_iam_policy_document.lambda_logs[each.key].json
}

# --- generate_code: stores new code and its sidecar ------------------------------------------------------------------

data "aws_iam_policy_document" "generate_code" {
  statement {
    sid       = "StoreGeneratedCode"
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.this["code"].arn}/generated/*"]
  }
}

resource "aws_iam_role_policy" "generate_code" {
  name   = "code-store"
  role   = aws_iam_role.lambda["generate_code"].id
  policy = data.aws_iam_policy_document.generate_code.json
}

# --- validate_code: reads stored code, records findings in the sidecar -----------------------------------------------

data "aws_iam_policy_document" "validate_code" {
  statement {
    sid       = "ReadAndAnnotateGeneratedCode"
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["${aws_s3_bucket.this["code"].arn}/generated/*"]
  }
}

resource "aws_iam_role_policy" "validate_code" {
  name   = "code-store"
  role   = aws_iam_role.lambda["validate_code"].id
  policy = data.aws_iam_policy_document.validate_code.json
}

# --- execute_code: reads stored code, records the result, reads the one API key -------------------------------------

data "aws_iam_policy_document" "execute_code" {
  statement {
    sid       = "ReadAndAnnotateGeneratedCode"
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["${aws_s3_bucket.this["code"].arn}/generated/*"]
  }

  statement {
    sid       = "ReadApiKey"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = [local.stripe_secret_arn]
  }
}

resource "aws_iam_role_policy" "execute_code" {
  name   = "code-store-and-api-key"
  role   = aws_iam_role.lambda["execute_code"].id
  policy = data.aws_iam_policy_document.execute_code.json
}

# --- invoke_generator / invoke_executor: call one sub-agent through its alias ----------------------------------------

data "aws_iam_policy_document" "invoke_generator" {
  statement {
    sid       = "InvokeGeneratorAgent"
    actions   = ["bedrock:InvokeAgent"]
    resources = [aws_bedrockagent_agent_alias.generator.agent_alias_arn]
  }
}

resource "aws_iam_role_policy" "invoke_generator" {
  name   = "invoke-generator-agent"
  role   = aws_iam_role.lambda["invoke_generator"].id
  policy = data.aws_iam_policy_document.invoke_generator.json
}

data "aws_iam_policy_document" "invoke_executor" {
  statement {
    sid       = "InvokeExecutorAgent"
    actions   = ["bedrock:InvokeAgent"]
    resources = [aws_bedrockagent_agent_alias.executor.agent_alias_arn]
  }
}

resource "aws_iam_role_policy" "invoke_executor" {
  name   = "invoke-executor-agent"
  role   = aws_iam_role.lambda["invoke_executor"].id
  policy = data.aws_iam_policy_document.invoke_executor.json
}
