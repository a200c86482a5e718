resource "aws_iam_role" "config" {
  name = "aws-config"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "config.amazonaws.com" }
    }]
  })
}

# No recording_group: all types, but not the global (IAM) ones.
resource "aws_config_configuration_recorder" "main" { # expect: SRM-AWS-CONFIG-001
  name     = "main"
  role_arn = aws_iam_role.config.arn
}

resource "aws_config_configuration_recorder" "selected" {
  name     = "selected"
  role_arn = aws_iam_role.config.arn

  recording_group {
    all_supported                 = false # expect: SRM-AWS-CONFIG-001
    include_global_resource_types = false
    resource_types                = ["AWS::S3::Bucket", "AWS::EC2::Instance"]
  }
}

resource "aws_config_configuration_recorder" "regional" {
  name     = "regional"
  role_arn = aws_iam_role.config.arn

  recording_group {
    all_supported                 = true
    include_global_resource_types = false # expect: SRM-AWS-CONFIG-001
  }
}
