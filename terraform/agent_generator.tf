# Generator: writes Python for the API and stores it through its one action group, generate_code.

resource "aws_bedrockagent_agent" "generator" {
  agent_name                  = "${local.name_prefix}-generator"
  description                 = "Writes Python code for third-party APIs and stores every version"
  agent_resource_role_arn     = aws_iam_role.agent["generator"].arn
  foundation_model            = var.generator_model_id
  instruction                 = file("${path.module}/../prompts/generator.txt")
  idle_session_ttl_in_seconds = var.agent_idle_session_ttl_seconds
  prepare_agent               = true
  skip_resource_in_use_check  = true

  depends_on = [aws_iam_role_policy.agent_model_access]
}

resource "aws_lambda_permission" "generator_generate_code" {
  statement_id   = "AllowGeneratorAgent"
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.tool["generate_code"].function_name
  qualifier      = local.snapstart_enabled ? aws_lambda_function.tool["generate_code"].version : null
  principal      = "bedrock.amazonaws.com"
  source_account = local.account_id
  source_arn     = aws_bedrockagent_agent.generator.agent_arn
}

resource "aws_bedrockagent_agent_action_group" "generator_generate_code" {
  agent_id                   = aws_bedrockagent_agent.generator.agent_id
  agent_version              = "DRAFT"
  action_group_name          = "generate_code"
  description                = "Checks the syntax of generated Python code and stores it with its metadata"
  skip_resource_in_use_check = true

  action_group_executor {
    lambda = local.snapstart_enabled ? aws_lambda_function.tool["generate_code"].qualified_arn : aws_lambda_function.tool["generate_code"].arn
  }

  api_schema {
    payload = file("${path.module}/../action-groups/generate_code.json")
  }

  depends_on = [aws_lambda_permission.generator_generate_code]
}

locals {
  # Changes whenever the model, the instruction, a schema or an executor changes, so the alias below is updated
  # (and gets a new version) in the same apply that changed the agent.
  generator_fingerprint = substr(sha256(join("\n", [
    aws_bedrockagent_agent.generator.foundation_model,
    aws_bedrockagent_agent.generator.instruction,
    aws_bedrockagent_agent_action_group.generator_generate_code.api_schema[0].payload,
    aws_bedrockagent_agent_action_group.generator_generate_code.action_group_executor[0].lambda,
  ])), 0, 16)
}

resource "aws_bedrockagent_agent_alias" "generator" {
  agent_alias_name = var.agent_alias_name
  agent_id         = aws_bedrockagent_agent.generator.agent_id
  # Updating the description makes Bedrock snapshot the prepared DRAFT into a new version behind this alias.
  description = "generator prepared ${aws_bedrockagent_agent.generator.prepared_at} config ${local.generator_fingerprint}"

  depends_on = [aws_bedrockagent_agent_action_group.generator_generate_code]
}
