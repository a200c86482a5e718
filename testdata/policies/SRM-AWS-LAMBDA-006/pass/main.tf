variable "tags" {
  type = map(string)
}

resource "aws_kms_key" "lambda" {
  description         = "Lambda environment variables"
  enable_key_rotation = true
}

resource "aws_lambda_function" "billing" {
  function_name = "billing"
  role          = "arn:aws:iam::111122223333:role/lambda-billing"
  filename      = "billing.zip"
  handler       = "app.handler"
  runtime       = "python3.13"
  kms_key_arn   = aws_kms_key.lambda.arn

  environment {
    variables = {
      TABLE_NAME = "invoices"
    }
  }

  tags = {
    data-classification = "restricted"
  }
}

# Internal data: the AWS managed key is acceptable.
resource "aws_lambda_function" "thumbnails" {
  function_name = "thumbnails"
  role          = "arn:aws:iam::111122223333:role/lambda-thumbnails"
  filename      = "thumbnails.zip"
  handler       = "app.handler"
  runtime       = "python3.13"

  environment {
    variables = {
      BUCKET = "acme-thumbnails"
    }
  }

  tags = {
    data-classification = "internal"
  }
}

# Classification decided by a variable: not judged.
resource "aws_lambda_function" "configurable" {
  function_name = "configurable"
  role          = "arn:aws:iam::111122223333:role/lambda-configurable"
  filename      = "configurable.zip"
  handler       = "app.handler"
  runtime       = "python3.13"

  environment {
    variables = {
      MODE = "batch"
    }
  }

  tags = var.tags
}
