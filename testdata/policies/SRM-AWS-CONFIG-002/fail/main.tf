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

# Created but never started.
resource "aws_config_configuration_recorder" "main" { # expect: SRM-AWS-CONFIG-002
  name     = "main"
  role_arn = aws_iam_role.config.arn
}

resource "aws_config_configuration_recorder" "secondary" {
  name     = "secondary"
  role_arn = aws_iam_role.config.arn
}

resource "aws_config_configuration_recorder_status" "secondary" {
  name       = aws_config_configuration_recorder.secondary.name
  is_enabled = false # expect: SRM-AWS-CONFIG-002
}
