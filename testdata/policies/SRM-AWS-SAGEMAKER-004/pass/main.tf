variable "instance_type" {
  type = string
}

resource "aws_kms_key" "sagemaker" {
  description         = "SageMaker endpoints"
  enable_key_rotation = true
}

resource "aws_sagemaker_model" "churn" {
  name               = "churn"
  execution_role_arn = "arn:aws:iam::111122223333:role/sagemaker-execution"

  primary_container {
    image          = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/churn-inference:1.3.0"
    model_data_url = "s3://acme-models/churn/model.tar.gz"
  }
}

resource "aws_sagemaker_endpoint_configuration" "churn" {
  name        = "churn"
  kms_key_arn = aws_kms_key.sagemaker.arn

  production_variants {
    variant_name           = "primary"
    model_name             = aws_sagemaker_model.churn.name
    initial_instance_count = 2
    instance_type          = "ml.m5.xlarge"
  }
}

# GPU instances with local NVMe storage: SageMaker does not take a KMS key for them.
resource "aws_sagemaker_endpoint_configuration" "churn_gpu" {
  name = "churn-gpu"

  production_variants {
    variant_name           = "primary"
    model_name             = aws_sagemaker_model.churn.name
    initial_instance_count = 1
    instance_type          = "ml.g4dn.xlarge"
  }
}

# Serverless: no instances of yours.
resource "aws_sagemaker_endpoint_configuration" "churn_serverless" {
  name = "churn-serverless"

  production_variants {
    variant_name = "primary"
    model_name   = aws_sagemaker_model.churn.name

    serverless_config {
      max_concurrency   = 5
      memory_size_in_mb = 2048
    }
  }
}

# Instance type from a variable: not judged.
resource "aws_sagemaker_endpoint_configuration" "configurable" {
  name = "configurable"

  production_variants {
    variant_name           = "primary"
    model_name             = aws_sagemaker_model.churn.name
    initial_instance_count = 1
    instance_type          = var.instance_type
  }
}
