# ---------------------------------------------------------------------------------------------------------------------
# Project
# ---------------------------------------------------------------------------------------------------------------------

variable "aws_region" {
  description = "AWS region for every resource. Bedrock Agents and the chosen models must be available there."
  type        = string
  default     = "us-east-1"
}

variable "project_name" {
  description = "Prefix of every resource name (agents, functions, roles, buckets). Lower case letters, digits and hyphens."
  type        = string
  default     = "agentic-api-developer"

  validation {
    # bucket names (<project>-<env>-lambda-artifacts-<account id>) must stay within S3's 63 characters
    condition     = can(regex("^[a-z][a-z0-9-]{0,22}[a-z0-9]$", var.project_name))
    error_message = "project_name: 2-24 characters, lower case letters, digits and hyphens, starting with a letter."
  }
}

variable "environment" {
  description = "Deployment stage appended to the project name, e.g. dev, test, prod."
  type        = string
  default     = "dev"

  validation {
    condition     = can(regex("^[a-z0-9]{1,8}$", var.environment))
    error_message = "environment: 1-8 lower case letters or digits."
  }
}

variable "tags" {
  description = "Extra tags for every resource (added to Project, Environment and ManagedBy)."
  type        = map(string)
  default     = {}
}

# ---------------------------------------------------------------------------------------------------------------------
# Agents
# ---------------------------------------------------------------------------------------------------------------------

variable "orchestrator_model_id" {
  description = "Model of the Orchestrator agent: a foundation model id or a cross-region inference profile id (us./eu./apac./global. ...)."
  type        = string
  default     = "anthropic.claude-3-haiku-20240307-v1:0"
}

variable "generator_model_id" {
  description = "Model of the Generator agent (writes the code). Default: the Claude Haiku 4.5 US cross-region inference profile."
  type        = string
  default     = "us.anthropic.claude-haiku-4-5-20251001-v1:0"
}

variable "executor_model_id" {
  description = "Model of the Executor agent (validates and runs the code)."
  type        = string
  default     = "anthropic.claude-3-haiku-20240307-v1:0"
}

variable "inference_profile_regions" {
  description = "Regions a cross-region inference profile may route to. Agents using a profile may invoke its foundation model in these regions only."
  type        = list(string)
  default     = ["us-east-1", "us-east-2", "us-west-2"]

  validation {
    condition     = length(var.inference_profile_regions) > 0
    error_message = "inference_profile_regions: give at least one region."
  }
}

variable "agent_idle_session_ttl_seconds" {
  description = "How long Bedrock keeps an idle agent session (60-3600 seconds)."
  type        = number
  default     = 600

  validation {
    condition     = var.agent_idle_session_ttl_seconds >= 60 && var.agent_idle_session_ttl_seconds <= 3600
    error_message = "agent_idle_session_ttl_seconds must be between 60 and 3600."
  }
}

variable "agent_alias_name" {
  description = "Name of the alias every agent is called through. It moves to a new agent version whenever the agent changes."
  type        = string
  default     = "live"

  validation {
    condition     = can(regex("^([0-9a-zA-Z][_-]?){1,100}$", var.agent_alias_name))
    error_message = "agent_alias_name: letters, digits, single hyphens or underscores."
  }
}

# ---------------------------------------------------------------------------------------------------------------------
# Lambda functions
# ---------------------------------------------------------------------------------------------------------------------

variable "lambda_runtime_kind" {
  description = "\"jvm\" deploys the Quarkus JVM packages (runtime java21); \"native\" deploys native images built with ./build_all.sh --native (runtime provided.al2023)."
  type        = string
  default     = "jvm"

  validation {
    condition     = contains(["jvm", "native"], var.lambda_runtime_kind)
    error_message = "lambda_runtime_kind must be \"jvm\" or \"native\"."
  }
}

variable "lambda_architecture" {
  description = "Instruction set of the functions. JVM packages run on both; a native image only on the architecture it was built for."
  type        = string
  default     = "x86_64"

  validation {
    condition     = contains(["x86_64", "arm64"], var.lambda_architecture)
    error_message = "lambda_architecture must be \"x86_64\" or \"arm64\"."
  }
}

variable "lambda_memory_mb" {
  description = "Memory per function in MB (CPU grows with it). The GraalPy functions need 1024 MB or more."
  type        = map(number)
  default = {
    generate_code    = 1536
    validate_code    = 1536
    execute_code     = 2048
    invoke_generator = 512
    invoke_executor  = 512
  }

  validation {
    condition     = length(setsubtract(["generate_code", "validate_code", "execute_code", "invoke_generator", "invoke_executor"], keys(var.lambda_memory_mb))) == 0
    error_message = "lambda_memory_mb needs an entry for generate_code, validate_code, execute_code, invoke_generator and invoke_executor."
  }
}

variable "lambda_timeout_seconds" {
  description = "Timeout per function in seconds. invoke_* wait for a whole sub-agent conversation, so they get the longest."
  type        = map(number)
  default = {
    generate_code    = 60
    validate_code    = 60
    execute_code     = 120
    invoke_generator = 300
    invoke_executor  = 300
  }

  validation {
    condition     = length(setsubtract(["generate_code", "validate_code", "execute_code", "invoke_generator", "invoke_executor"], keys(var.lambda_timeout_seconds))) == 0
    error_message = "lambda_timeout_seconds needs an entry for generate_code, validate_code, execute_code, invoke_generator and invoke_executor."
  }
}

variable "execute_code_reserved_concurrency" {
  description = "Most execute-code runs at the same time (the rate limit on calls to the third-party API). -1 means no reservation: use it when the account's concurrency quota is 10, where Lambda refuses any reservation."
  type        = number
  default     = 5

  validation {
    condition     = var.execute_code_reserved_concurrency == -1 || var.execute_code_reserved_concurrency >= 1
    error_message = "execute_code_reserved_concurrency must be -1 (unreserved) or at least 1."
  }
}

variable "lambda_snapstart_enabled" {
  description = "Publish versions with SnapStart (JVM only) to cut cold starts; the agents then call the published versions."
  type        = bool
  default     = false
}

variable "log_retention_days" {
  description = "Retention of the functions' CloudWatch log groups in days."
  type        = number
  default     = 7

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be one of the values CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, 60, 90, ...)."
  }
}

variable "api_base_url" {
  description = "Base URL the execute-code sandbox bridge sends API calls to (Stripe itself with a test key)."
  type        = string
  default     = "https://api.stripe.com"

  validation {
    condition     = can(regex("^https://", var.api_base_url))
    error_message = "api_base_url must start with https://."
  }
}

# ---------------------------------------------------------------------------------------------------------------------
# Storage
# ---------------------------------------------------------------------------------------------------------------------

variable "code_retention_days" {
  description = "Days generated code (generated/ in the code bucket) is kept before it expires, also for old versions."
  type        = number
  default     = 30

  validation {
    condition     = var.code_retention_days >= 1
    error_message = "code_retention_days must be at least 1."
  }
}

variable "artifact_noncurrent_retention_days" {
  description = "Days replaced Lambda packages stay in the artifacts bucket (for rollbacks)."
  type        = number
  default     = 14

  validation {
    condition     = var.artifact_noncurrent_retention_days >= 1
    error_message = "artifact_noncurrent_retention_days must be at least 1."
  }
}

variable "force_destroy_buckets" {
  description = "Let `terraform destroy` delete the buckets with their objects (generated code, packages)."
  type        = bool
  default     = false
}

# ---------------------------------------------------------------------------------------------------------------------
# Secret
# ---------------------------------------------------------------------------------------------------------------------

variable "stripe_secret_name" {
  description = "Secrets Manager secret holding {\"api_key\":\"sk_test_...\"} for execute-code."
  type        = string
  default     = "agentic-api-developer/stripe/test-key"
}

variable "create_stripe_secret" {
  description = "Create the secret with Terraform from stripe_test_api_key. When false, the secret must already exist (aws secretsmanager create-secret ...)."
  type        = bool
  default     = false
}

variable "stripe_test_api_key" {
  description = "Stripe TEST key (sk_test_... or rk_test_...), only used when create_stripe_secret = true. Pass it as TF_VAR_stripe_test_api_key; note it is then stored in the Terraform state."
  type        = string
  default     = null
  sensitive   = true

  validation {
    condition     = var.stripe_test_api_key == null || can(regex("^(sk|rk)_test_", var.stripe_test_api_key))
    error_message = "stripe_test_api_key must be a Stripe test key (sk_test_... or rk_test_...): the generated code runs against it."
  }
}

variable "require_execution_confirmation" {
  description = "Bedrock asks for confirmation before execute_code runs (x-requireConfirmation). debug-trace aws answers it (--approve); the console's test pane cannot, so set false to drive the agents from the console."
  type        = bool
  default     = true
}
