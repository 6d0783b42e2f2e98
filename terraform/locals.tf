locals {
  name_prefix = "${var.project_name}-${var.environment}"

  account_id = data.aws_caller_identity.current.account_id
  partition  = data.aws_partition.current.partition
  region     = data.aws_region.current.region

  common_tags = merge(
    {
      Project     = var.project_name
      Environment = var.environment
      ManagedBy   = "terraform"
    },
    var.tags,
  )

  # Bucket names are global: the account id keeps them unique.
  bucket_names = {
    code      = "${local.name_prefix}-code-storage-${local.account_id}"
    artifacts = "${local.name_prefix}-lambda-artifacts-${local.account_id}"
  }

  # -------------------------------------------------------------------------------------------------------------------
  # Lambda functions. Each is the Quarkus module functions/<dir>; build_all.sh leaves its package in
  # functions/<dir>/target/function.zip. Tools serve the agents' action groups; invokers call a sub-agent and are
  # kept in a separate resource because they need the sub-agents' aliases, which need the tools.
  # -------------------------------------------------------------------------------------------------------------------
  tool_functions = {
    generate_code = {
      dir         = "generate-code"
      description = "Generator action group generate_code: checks Python syntax and stores the code"
    }
    validate_code = {
      dir         = "validate-code"
      description = "Executor action group validate_code: static security policy over stored code"
    }
    execute_code = {
      dir         = "execute-code"
      description = "Executor action group execute_code: runs stored code in the GraalPy sandbox"
    }
  }

  invoker_functions = {
    invoke_generator = {
      dir         = "invoke-generator"
      description = "Orchestrator action group invoke_generator: asks the Generator agent for code"
    }
    invoke_executor = {
      dir         = "invoke-executor"
      description = "Orchestrator action group invoke_executor: asks the Executor agent to validate and run code"
    }
  }

  lambda_functions = merge(local.tool_functions, local.invoker_functions)

  packages_dir = "${path.module}/../functions"

  # Handler and runtime of what build_all.sh produces (Quarkus amazon-lambda packaging).
  lambda_runtimes = {
    jvm = {
      runtime = "java21"
      handler = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest"
      environment = {
        # fast start for short-lived invocations
        JAVA_TOOL_OPTIONS = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MaxRAMPercentage=50"
      }
    }
    native = {
      runtime = "provided.al2023"
      # the native bootstrap ignores the handler, but Lambda requires one
      handler = "not.used.in.provided.runtime"
      environment = {
        DISABLE_SIGNAL_HANDLERS = "true"
      }
    }
  }

  lambda_runtime    = local.lambda_runtimes[var.lambda_runtime_kind]
  snapstart_enabled = var.lambda_snapstart_enabled && var.lambda_runtime_kind == "jvm"

  # Configuration the functions read through Quarkus (environment variables).
  code_store_environment = {
    AGENTIC_CODE_STORE_KIND       = "s3"
    AGENTIC_CODE_STORE_BUCKET     = aws_s3_bucket.this["code"].id
    AGENTIC_PYTHON_RESOURCE_CACHE = "/tmp/graalpy"
  }

  tool_environment = {
    generate_code = local.code_store_environment
    validate_code = local.code_store_environment
    execute_code = merge(local.code_store_environment, {
      AGENTIC_SECRET_KIND  = "secretsmanager"
      AGENTIC_SECRET_ID    = var.stripe_secret_name
      AGENTIC_API_BASE_URL = var.api_base_url
    })
  }

  invoker_environment = {
    invoke_generator = {
      AGENTIC_AGENT_INVOKER_KIND = "bedrock"
      AGENTIC_AGENT_ID           = aws_bedrockagent_agent.generator.agent_id
      AGENTIC_AGENT_ALIAS_ID     = aws_bedrockagent_agent_alias.generator.agent_alias_id
    }
    invoke_executor = {
      AGENTIC_AGENT_INVOKER_KIND = "bedrock"
      AGENTIC_AGENT_ID           = aws_bedrockagent_agent.executor.agent_id
      AGENTIC_AGENT_ALIAS_ID     = aws_bedrockagent_agent_alias.executor.agent_alias_id
    }
  }

  # -------------------------------------------------------------------------------------------------------------------
  # Models. An id starting with a geography (us., eu., apac., global. ...) is a cross-region inference profile:
  # the agent then needs the profile and the profile's foundation model in every region it may route to.
  # -------------------------------------------------------------------------------------------------------------------
  agent_model_ids = {
    orchestrator = var.orchestrator_model_id
    generator    = var.generator_model_id
    executor     = var.executor_model_id
  }

  inference_profile_geographies = ["us", "us-gov", "eu", "apac", "jp", "au", "ca", "global"]

  # per agent: [profile ARN] when its model id is an inference profile, [] for a plain foundation model
  agent_inference_profiles = {
    for agent, model_id in local.agent_model_ids : agent => (
      contains(local.inference_profile_geographies, split(".", model_id)[0])
      ? ["arn:${local.partition}:bedrock:${local.region}:${local.account_id}:inference-profile/${model_id}"]
      : []
    )
  }

  # the foundation model behind each model id (a profile id without its geography prefix)
  agent_foundation_models = {
    for agent, model_id in local.agent_model_ids : agent => (
      contains(local.inference_profile_geographies, split(".", model_id)[0])
      ? join(".", slice(split(".", model_id), 1, length(split(".", model_id))))
      : model_id
    )
  }

  # what each agent's role may invoke: its profile plus the foundation model in the profile's regions,
  # or the foundation model in this region
  agent_model_resources = {
    for agent, model_id in local.agent_model_ids : agent => (
      length(local.agent_inference_profiles[agent]) > 0
      ? concat(
        local.agent_inference_profiles[agent],
        [for model_region in var.inference_profile_regions : "arn:${local.partition}:bedrock:${model_region}::foundation-model/${local.agent_foundation_models[agent]}"],
      )
      : ["arn:${local.partition}:bedrock:${local.region}::foundation-model/${model_id}"]
    )
  }
}
