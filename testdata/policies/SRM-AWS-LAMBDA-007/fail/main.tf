variable "github_token" {
  type      = string
  sensitive = true
}

resource "aws_lambda_function" "sync" {
  function_name = "sync"
  role          = "arn:aws:iam::111122223333:role/lambda-sync"
  filename      = "sync.zip"
  handler       = "app.handler"
  runtime       = "python3.13"

  environment {
    variables = {
      LOG_LEVEL    = "info"
      DB_PASSWORD  = "Sup3rS3cret!"   # expect: SRM-AWS-LAMBDA-007
      GITHUB_TOKEN = var.github_token # expect: SRM-AWS-LAMBDA-007
    }
  }
}
