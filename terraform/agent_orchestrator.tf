# Orchestrator: the entry point. Delegates code writing (invoke_generator) and validation and running
# (invoke_executor) to the sub-agents; never writes code itself.

resource "aws_bedrockagent_agent" "orchestrator" {
  agent_name                  = "${local.name_prefix}-orchestrator"
  description                 = "Coordinates the Generator and Executor agents to fulfil API requests"
  agent_resource_role_arn     = aws_iam_role.agent["orchestrator"].arn
  foundation_model            = var.orchestrator_model_id
  instruction                 = file("${path.module}/../prompts/orchestrator.txt")
  idle_session_ttl_in_seconds = var.agent_idle_session_ttl_seconds
  prepare_agent               = true
  skip_resource_in_use_check  = true

  depends_on = [aws_iam_role_policy.agent_model_access]
}

resource "aws_lambda_permission" "orchestrator_invoke_generator" {
  statement_id   = "AllowOrchestratorAgent"
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.invoker["invoke_generator"].function_name
  qualifier      = local.snapstart_enabled ? aws_lambda_function.invoker["invoke_generator"].version : null
  principal      = "bedrock.amazonaws.com"
  source_account = local.account_id
  source_arn     = aws_bedrockagent_agent.orchestrator.agent_arn
}

resource "aws_lambda_permission" "orchestrator_invoke_executor" {
  statement_id   = "AllowOrchestratorAgent"
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.invoker["invoke_executor"].function_name
  qualifier      = local.snapstart_enabled ? aws_lambda_function.invoker["invoke_executor"].version : null
  principal      = "bedrock.amazonaws.com"
  source_account = local.account_id
  source_arn     = aws_bedrockagent_agent.orchestrator.agent_arn
}

resource "aws_bedrockagent_agent_action_group" "orchestrator_invoke_generator" {
  agent_id                   = aws_bedrockagent_agent.orchestrator.agent_id
  agent_version              = "DRAFT"
  action_group_name          = "invoke_generator"
  description                = "Asks the Generator agent to write and store code for a task"
  skip_resource_in_use_check = true

  action_group_executor {
    lambda = local.snapstart_enabled ? aws_lambda_function.invoker["invoke_generator"].qualified_arn : aws_lambda_function.invoker["invoke_generator"].arn
  }

  api_schema {
    payload = file("${path.module}/../action-groups/invoke_generator.json")
  }

  depends_on = [aws_lambda_permission.orchestrator_invoke_generator]
}

resource "aws_bedrockagent_agent_action_group" "orchestrator_invoke_executor" {
  agent_id                   = aws_bedrockagent_agent.orchestrator.agent_id
  agent_version              = "DRAFT"
  action_group_name          = "invoke_executor"
  description                = "Asks the Executor agent to validate and run stored code"
  skip_resource_in_use_check = true

  action_group_executor {
    lambda = local.snapstart_enabled ? aws_lambda_function.invoker["invoke_executor"].qualified_arn : aws_lambda_function.invoker["invoke_executor"].arn
  }

  api_schema {
    payload = file("${path.module}/../action-groups/invoke_executor.json")
  }

  # Two action groups preparing one agent at once fail with "Agent is in Preparing state": one after the other.
  depends_on = [
    aws_bedrockagent_agent_action_group.orchestrator_invoke_generator,
    aws_lambda_permission.orchestrator_invoke_executor,
  ]
}

locals {
  orchestrator_fingerprint = substr(sha256(join("\n", [
    aws_bedrockagent_agent.orchestrator.foundation_model,
    aws_bedrockagent_agent.orchestrator.instruction,
    aws_bedrockagent_agent_action_group.orchestrator_invoke_generator.api_schema[0].payload,
    aws_bedrockagent_agent_action_group.orchestrator_invoke_generator.action_group_executor[0].lambda,
    aws_bedrockagent_agent_action_group.orchestrator_invoke_executor.api_schema[0].payload,
    aws_bedrockagent_agent_action_group.orchestrator_invoke_executor.action_group_executor[0].lambda,
  ])), 0, 16)
}

resource "aws_bedrockagent_agent_alias" "orchestrator" {
  agent_alias_name = var.agent_alias_name
  agent_id         = aws_bedrockagent_agent.orchestrator.agent_id
  description      = "orchestrator prepared ${aws_bedrockagent_agent.orchestrator.prepared_at} config ${local.orchestrator_fingerprint}"

  depends_on = [
    aws_bedrockagent_agent_action_group.orchestrator_invoke_generator,
    aws_bedrockagent_agent_action_group.orchestrator_invoke_executor,
  ]
}
