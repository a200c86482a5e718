resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::111122223333:role/lambda-api"
  filename      = "api.zip"
  handler       = "app.handler"
  runtime       = "python3.13"
}

resource "aws_lambda_permission" "anyone" {
  statement_id  = "AllowAnyone"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.api.function_name
  principal     = "*" # expect: SRM-AWS-LAMBDA-003
}

# The permission a public function URL needs: open to everyone.
resource "aws_lambda_permission" "public_url" {
  statement_id           = "FunctionURLAllowPublicAccess"
  action                 = "lambda:InvokeFunctionUrl"
  function_name          = aws_lambda_function.api.function_name
  principal              = "*" # expect: SRM-AWS-LAMBDA-003
  function_url_auth_type = "NONE"
}
