output "region" {
  description = "Region of the deployment."
  value       = local.region
}

output "orchestrator_agent_id" {
  description = "Id of the Orchestrator agent, the one to talk to."
  value       = aws_bedrockagent_agent.orchestrator.agent_id
}

output "orchestrator_agent_alias_id" {
  description = "Alias id of the Orchestrator agent."
  value       = aws_bedrockagent_agent_alias.orchestrator.agent_alias_id
}

output "generator_agent_id" {
  description = "Id of the Generator agent."
  value       = aws_bedrockagent_agent.generator.agent_id
}

output "generator_agent_alias_id" {
  description = "Alias id of the Generator agent (called by the invoke-generator function)."
  value       = aws_bedrockagent_agent_alias.generator.agent_alias_id
}

output "executor_agent_id" {
  description = "Id of the Executor agent."
  value       = aws_bedrockagent_agent.executor.agent_id
}

output "executor_agent_alias_id" {
  description = "Alias id of the Executor agent (called by the invoke-executor function)."
  value       = aws_bedrockagent_agent_alias.executor.agent_alias_id
}

output "code_bucket_name" {
  description = "Bucket holding every generated program under generated/<api>/yyyy/mm/dd/."
  value       = aws_s3_bucket.this["code"].id
}

output "lambda_artifacts_bucket_name" {
  description = "Bucket holding the deployed Lambda packages."
  value       = aws_s3_bucket.this["artifacts"].id
}

output "lambda_function_names" {
  description = "Function names by action group."
  value = merge(
    { for key, function in aws_lambda_function.tool : key => function.function_name },
    { for key, function in aws_lambda_function.invoker : key => function.function_name },
  )
}

output "stripe_secret_name" {
  description = "Secrets Manager secret execute-code reads the API key from."
  value       = var.stripe_secret_name
}

output "debug_trace_command" {
  description = "Ready-to-run command that sends the test scenarios to the deployed Orchestrator and prints the traces (the Executor's ids let it answer execute_code's confirmation)."
  value       = "usage-and-testing/debug-trace aws ${aws_bedrockagent_agent.orchestrator.agent_id} ${aws_bedrockagent_agent_alias.orchestrator.agent_alias_id} --region ${local.region} --executor-agent-id ${aws_bedrockagent_agent.executor.agent_id} --executor-alias-id ${aws_bedrockagent_agent_alias.executor.agent_alias_id}"
}
