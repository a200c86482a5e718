resource "aws_lambda_function" "untraced" { # expect: SRM-AWS-LAMBDA-002
  function_name = "untraced"
  role          = "arn:aws:iam::111122223333:role/lambda-untraced"
  filename      = "untraced.zip"
  handler       = "app.handler"
  runtime       = "python3.13"
}

resource "aws_lambda_function" "pass_through" {
  function_name = "pass-through"
  role          = "arn:aws:iam::111122223333:role/lambda-pass-through"
  filename      = "pass-through.zip"
  handler       = "index.handler"
  runtime       = "nodejs22.x"

  tracing_config {
    mode = "PassThrough" # expect: SRM-AWS-LAMBDA-002
  }
}
