variable "url_auth_type" {
  type = string
}

resource "aws_lambda_function" "internal" {
  function_name = "internal"
  role          = "arn:aws:iam::111122223333:role/lambda-internal"
  filename      = "internal.zip"
  handler       = "app.handler"
  runtime       = "python3.13"
}

resource "aws_lambda_function_url" "internal" {
  function_name      = aws_lambda_function.internal.function_name
  authorization_type = "AWS_IAM"
}

# Decided by a variable: not judged.
resource "aws_lambda_function_url" "configurable" {
  function_name      = aws_lambda_function.internal.function_name
  qualifier          = "live"
  authorization_type = var.url_auth_type
}
