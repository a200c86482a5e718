resource "aws_sagemaker_model" "churn" {
  name               = "churn"
  execution_role_arn = "arn:aws:iam::111122223333:role/sagemaker-execution"

  primary_container {
    image          = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/churn-inference:1.3.0"
    model_data_url = "s3://acme-models/churn/model.tar.gz"
  }
}

resource "aws_sagemaker_endpoint_configuration" "churn" { # expect: SRM-AWS-SAGEMAKER-004
  name = "churn"

  production_variants {
    variant_name           = "primary"
    model_name             = aws_sagemaker_model.churn.name
    initial_instance_count = 2
    instance_type          = "ml.m5.xlarge"
  }
}
