# One log group per function, created before the function so Lambda never creates an unmanaged one
# with unlimited retention.
resource "aws_cloudwatch_log_group" "lambda" {
  for_each = local.lambda_functions

  name              = "/aws/lambda/${local.name_prefix}-${each.value.dir}"
  retention_in_days = var.log_retention_days
}
