resource "aws_lambda_function" "billing" { # expect: SRM-AWS-LAMBDA-006
  function_name = "billing"
  role          = "arn:aws:iam::111122223333:role/lambda-billing"
  filename      = "billing.zip"
  handler       = "app.handler"
  runtime       = "python3.13"

  environment {
    variables = {
      TABLE_NAME = "invoices"
      CARD_VAULT = "https://vault.internal.example.com"
    }
  }

  tags = {
    data-classification = "confidential"
  }
}
