resource "aws_lambda_function" "rotate" {
  function_name = "rotate-db-secret"
  role          = "arn:aws:iam::111122223333:role/secret-rotation"
  filename      = "rotate.zip"
  handler       = "lambda_function.lambda_handler"
  runtime       = "python3.13"
}

# Never rotated.
resource "aws_secretsmanager_secret" "api" { # expect: SRM-AWS-SECRETSMANAGER-002
  name = "prod/orders/api-key"
}

# Rotated, but only twice a year.
resource "aws_secretsmanager_secret" "db" {
  name = "prod/orders/db"
}

resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = aws_lambda_function.rotate.arn

  rotation_rules {
    automatically_after_days = 180 # expect: SRM-AWS-SECRETSMANAGER-002
  }
}
