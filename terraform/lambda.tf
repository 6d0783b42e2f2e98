# The five functions. Packages go through the artifacts bucket: the GraalPy ones (~150 MB) are far over the 50 MB
# limit of a direct upload, and one path for all keeps the configuration uniform.

resource "aws_s3_object" "lambda_package" {
  for_each = local.lambda_functions

  bucket      = aws_s3_bucket.this["artifacts"].id
  key         = "functions/${each.value.dir}/function.zip"
  source      = "${local.packages_dir}/${each.value.dir}/target/function.zip"
  source_hash = fileexists("${local.packages_dir}/${each.value.dir}/target/function.zip") ? filebase64sha256("${local.packages_dir}/${each.value.dir}/target/function.zip") : null

  lifecycle {
    precondition {
      condition     = fileexists("${local.packages_dir}/${each.value.dir}/target/function.zip")
      error_message = "functions/${each.value.dir}/target/function.zip is missing: run ./build_all.sh (or ./build_all.sh --native) first."
    }
  }

  # version_id is only set once versioning is on
  depends_on = [aws_s3_bucket_versioning.this]
}

# --- tools: serve the Generator's and the Executor's action groups ---------------------------------------------------

resource "aws_lambda_function" "tool" {
  for_each = local.tool_functions

  function_name = "${local.name_prefix}-${each.value.dir}"
  description   = each.value.description
  role          = aws_iam_role.lambda[each.key].arn
  runtime       = local.lambda_runtime.runtime
  handler       = local.lambda_runtime.handler
  architectures = [var.lambda_architecture]
  memory_size   = var.lambda_memory_mb[each.key]
  timeout       = var.lambda_timeout_seconds[each.key]

  s3_bucket         = aws_s3_object.lambda_package[each.key].bucket
  s3_key            = aws_s3_object.lambda_package[each.key].key
  s3_object_version = aws_s3_object.lambda_package[each.key].version_id
  source_code_hash  = aws_s3_object.lambda_package[each.key].source_hash

  # execute_code calls the third-party API: its concurrency is the rate limit (-1 = unreserved)
  reserved_concurrent_executions = each.key == "execute_code" ? var.execute_code_reserved_concurrency : -1

  publish = local.snapstart_enabled

  dynamic "snap_start" {
    for_each = local.snapstart_enabled ? ["PublishedVersions"] : []
    content {
      apply_on = snap_start.value
    }
  }

  environment {
    variables = merge(local.lambda_runtime.environment, local.tool_environment[each.key])
  }

  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.lambda[each.key].name
  }

  depends_on = [
    aws_cloudwatch_log_group.lambda,
    aws_iam_role_policy.lambda_logs,
    aws_iam_role_policy.generate_code,
    aws_iam_role_policy.validate_code,
    aws_iam_role_policy.execute_code,
  ]
}

# --- invokers: serve the Orchestrator's action groups by calling a sub-agent's alias --------------------------------

resource "aws_lambda_function" "invoker" {
  for_each = local.invoker_functions

  function_name = "${local.name_prefix}-${each.value.dir}"
  description   = each.value.description
  role          = aws_iam_role.lambda[each.key].arn
  runtime       = local.lambda_runtime.runtime
  handler       = local.lambda_runtime.handler
  architectures = [var.lambda_architecture]
  memory_size   = var.lambda_memory_mb[each.key]
  timeout       = var.lambda_timeout_seconds[each.key]

  s3_bucket         = aws_s3_object.lambda_package[each.key].bucket
  s3_key            = aws_s3_object.lambda_package[each.key].key
  s3_object_version = aws_s3_object.lambda_package[each.key].version_id
  source_code_hash  = aws_s3_object.lambda_package[each.key].source_hash

  publish = local.snapstart_enabled

  dynamic "snap_start" {
    for_each = local.snapstart_enabled ? ["PublishedVersions"] : []
    content {
      apply_on = snap_start.value
    }
  }

  environment {
    variables = merge(local.lambda_runtime.environment, local.invoker_environment[each.key])
  }

  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.lambda[each.key].name
  }

  depends_on = [
    aws_cloudwatch_log_group.lambda,
    aws_iam_role_policy.lambda_logs,
    aws_iam_role_policy.invoke_generator,
    aws_iam_role_policy.invoke_executor,
  ]
}
