variable "tracing_mode" {
  type = string
}

resource "aws_lambda_function" "traced" {
  function_name = "traced"
  role          = "arn:aws:iam::111122223333:role/lambda-traced"
  filename      = "traced.zip"
  handler       = "app.handler"
  runtime       = "python3.13"

  tracing_config {
    mode = "Active"
  }
}

# Decided by a variable: not judged.
resource "aws_lambda_function" "configurable" {
  function_name = "configurable"
  role          = "arn:aws:iam::111122223333:role/lambda-configurable"
  filename      = "configurable.zip"
  handler       = "index.handler"
  runtime       = "nodejs22.x"

  tracing_config {
    mode = var.tracing_mode
  }
}
