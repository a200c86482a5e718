variable "environment" {
  type = map(string)
}

resource "aws_secretsmanager_secret" "db" {
  name = "prod/sync/db"
}

resource "aws_lambda_function" "sync" {
  function_name = "sync"
  role          = "arn:aws:iam::111122223333:role/lambda-sync"
  filename      = "sync.zip"
  handler       = "app.handler"
  runtime       = "python3.13"

  environment {
    variables = {
      LOG_LEVEL      = "info"
      DB_SECRET_ARN  = aws_secretsmanager_secret.db.arn
      TOKEN_ENDPOINT = "https://github.com/login/oauth/access_token"
    }
  }
}

# Variables decided by a variable: not judged.
resource "aws_lambda_function" "configurable" {
  function_name = "configurable"
  role          = "arn:aws:iam::111122223333:role/lambda-configurable"
  filename      = "configurable.zip"
  handler       = "app.handler"
  runtime       = "python3.13"

  environment {
    variables = var.environment
  }
}
