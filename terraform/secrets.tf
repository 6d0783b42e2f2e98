# The API key execute_code reads: {"api_key":"sk_test_..."}. By default the secret already exists and is looked up
# by name; with create_stripe_secret = true Terraform creates it from stripe_test_api_key.

data "aws_secretsmanager_secret" "stripe" {
  count = var.create_stripe_secret ? 0 : 1

  name = var.stripe_secret_name
}

resource "aws_secretsmanager_secret" "stripe" {
  count = var.create_stripe_secret ? 1 : 0

  name        = var.stripe_secret_name
  description = "Stripe test API key for the execute-code function, as {\"api_key\":\"sk_test_...\"}"
  # a short window, so destroy and apply again can reuse the name soon
  recovery_window_in_days = 7
}

resource "aws_secretsmanager_secret_version" "stripe" {
  count = var.create_stripe_secret ? 1 : 0

  secret_id     = aws_secretsmanager_secret.stripe[0].id
  secret_string = jsonencode({ api_key = var.stripe_test_api_key })

  lifecycle {
    precondition {
      condition     = var.stripe_test_api_key != null
      error_message = "create_stripe_secret = true needs stripe_test_api_key (export TF_VAR_stripe_test_api_key=sk_test_...)."
    }
  }
}

locals {
  stripe_secret_arn = var.create_stripe_secret ? aws_secretsmanager_secret.stripe[0].arn : data.aws_secretsmanager_secret.stripe[0].arn
}
