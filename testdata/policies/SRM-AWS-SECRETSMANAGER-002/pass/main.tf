variable "rotation_days" {
  type = number
}

resource "aws_lambda_function" "rotate" {
  function_name = "rotate-db-secret"
  role          = "arn:aws:iam::111122223333:role/secret-rotation"
  filename      = "rotate.zip"
  handler       = "lambda_function.lambda_handler"
  runtime       = "python3.13"
}

resource "aws_secretsmanager_secret" "db" {
  name = "prod/orders/db"
}

resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = aws_lambda_function.rotate.arn

  rotation_rules {
    automatically_after_days = 30
  }
}

resource "aws_secretsmanager_secret" "api" {
  name = "prod/orders/api-key"
}

# Rotation naming the secret by its name.
resource "aws_secretsmanager_secret_rotation" "api" {
  secret_id           = "prod/orders/api-key"
  rotation_lambda_arn = aws_lambda_function.rotate.arn

  rotation_rules {
    schedule_expression = "rate(7 days)"
  }
}

resource "aws_secretsmanager_secret" "partner" {
  name = "prod/orders/partner-token"
}

# Interval decided by a variable: not judged.
resource "aws_secretsmanager_secret_rotation" "partner" {
  secret_id           = aws_secretsmanager_secret.partner.id
  rotation_lambda_arn = aws_lambda_function.rotate.arn

  rotation_rules {
    automatically_after_days = var.rotation_days
  }
}
