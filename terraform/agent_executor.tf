# Executor: validates stored code (validate_code), then runs it in the sandbox (execute_code).

resource "aws_bedrockagent_agent" "executor" {
  agent_name                  = "${local.name_prefix}-executor"
  description                 = "Validates generated code against the security policy and runs it in the sandbox"
  agent_resource_role_arn     = aws_iam_role.agent["executor"].arn
  foundation_model            = var.executor_model_id
  instruction                 = file("${path.module}/../prompts/executor.txt")
  idle_session_ttl_in_seconds = var.agent_idle_session_ttl_seconds
  prepare_agent               = true
  skip_resource_in_use_check  = true

  depends_on = [aws_iam_role_policy.agent_model_access]
}

resource "aws_lambda_permission" "executor_validate_code" {
  statement_id   = "AllowExecutorAgent"
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.tool["validate_code"].function_name
  qualifier      = local.snapstart_enabled ? aws_lambda_function.tool["validate_code"].version : null
  principal      = "bedrock.amazonaws.com"
  source_account = local.account_id
  source_arn     = aws_bedrockagent_agent.executor.agent_arn
}

resource "aws_lambda_permission" "executor_execute_code" {
  statement_id   = "AllowExecutorAgent"
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.tool["execute_code"].function_name
  qualifier      = local.snapstart_enabled ? aws_lambda_function.tool["execute_code"].version : null
  principal      = "bedrock.amazonaws.com"
  source_account = local.account_id
  source_arn     = aws_bedrockagent_agent.executor.agent_arn
}

resource "aws_bedrockagent_agent_action_group" "executor_validate_code" {
  agent_id                   = aws_bedrockagent_agent.executor.agent_id
  agent_version              = "DRAFT"
  action_group_name          = "validate_code"
  description                = "Parses stored code and checks it against the sandbox security policy"
  skip_resource_in_use_check = true

  action_group_executor {
    lambda = local.snapstart_enabled ? aws_lambda_function.tool["validate_code"].qualified_arn : aws_lambda_function.tool["validate_code"].arn
  }

  api_schema {
    payload = file("${path.module}/../action-groups/validate_code.json")
  }

  depends_on = [aws_lambda_permission.executor_validate_code]
}

resource "aws_bedrockagent_agent_action_group" "executor_execute_code" {
  agent_id                   = aws_bedrockagent_agent.executor.agent_id
  agent_version              = "DRAFT"
  action_group_name          = "execute_code"
  description                = "Runs stored code in the sandbox with the API key and returns its output"
  skip_resource_in_use_check = true

  action_group_executor {
    lambda = local.snapstart_enabled ? aws_lambda_function.tool["execute_code"].qualified_arn : aws_lambda_function.tool["execute_code"].arn
  }

  # x-requireConfirmation makes Bedrock ask before every run; only callers that can answer (debug-trace aws) can
  # confirm, so a deployment driven from the console's test pane turns it off with require_execution_confirmation.
  api_schema {
    payload = replace(
      file("${path.module}/../action-groups/execute_code.json"),
      "\"x-requireConfirmation\": \"ENABLED\"",
      var.require_execution_confirmation ? "\"x-requireConfirmation\": \"ENABLED\"" : "\"x-requireConfirmation\": \"DISABLED\"",
    )
  }

  # Two action groups preparing one agent at once fail with "Agent is in Preparing state": one after the other.
  depends_on = [
    aws_bedrockagent_agent_action_group.executor_validate_code,
    aws_lambda_permission.executor_execute_code,
  ]
}

locals {
  executor_fingerprint = substr(sha256(join("\n", [
    aws_bedrockagent_agent.executor.foundation_model,
    aws_bedrockagent_agent.executor.instruction,
    aws_bedrockagent_agent_action_group.executor_validate_code.api_schema[0].payload,
    aws_bedrockagent_agent_action_group.executor_validate_code.action_group_executor[0].lambda,
    aws_bedrockagent_agent_action_group.executor_execute_code.api_schema[0].payload,
    aws_bedrockagent_agent_action_group.executor_execute_code.action_group_executor[0].lambda,
  ])), 0, 16)
}

resource "aws_bedrockagent_agent_alias" "executor" {
  agent_alias_name = var.agent_alias_name
  agent_id         = aws_bedrockagent_agent.executor.agent_id
  description      = "executor prepared ${aws_bedrockagent_agent.executor.prepared_at} config ${local.executor_fingerprint}"

  depends_on = [
    aws_bedrockagent_agent_action_group.executor_validate_code,
    aws_bedrockagent_agent_action_group.executor_execute_code,
  ]
}
