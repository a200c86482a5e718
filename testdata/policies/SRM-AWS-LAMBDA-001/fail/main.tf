resource "aws_lambda_function" "thumbnails" {
  function_name = "thumbnails"
  role          = "arn:aws:iam::111122223333:role/lambda-thumbnails"
  filename      = "thumbnails.zip"
  handler       = "app.handler"
  runtime       = "python3.8" # expect: SRM-AWS-LAMBDA-001
}

resource "aws_lambda_function" "webhook" {
  function_name = "webhook"
  role          = "arn:aws:iam::111122223333:role/lambda-webhook"
  filename      = "webhook.zip"
  handler       = "index.handler"
  runtime       = "nodejs16.x" # expect: SRM-AWS-LAMBDA-001
}

resource "aws_lambda_function" "legacy_go" {
  function_name = "legacy-go"
  role          = "arn:aws:iam::111122223333:role/lambda-legacy"
  filename      = "legacy.zip"
  handler       = "main"
  runtime       = "go1.x" # expect: SRM-AWS-LAMBDA-001
}
