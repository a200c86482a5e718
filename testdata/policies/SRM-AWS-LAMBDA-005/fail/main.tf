resource "aws_lambda_function" "webhook" {
  function_name = "webhook"
  role          = "arn:aws:iam::111122223333:role/lambda-webhook"
  filename      = "webhook.zip"
  handler       = "app.handler"
  runtime       = "python3.13"
}

resource "aws_lambda_function_url" "webhook" {
  function_name      = aws_lambda_function.webhook.function_name
  authorization_type = "NONE" # expect: SRM-AWS-LAMBDA-005

  cors {
    allow_origins = ["https://app.example.com"]
    allow_methods = ["POST"]
  }
}
