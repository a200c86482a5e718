variable "runtime" {
  type = string
}

resource "aws_lambda_function" "thumbnails" {
  function_name = "thumbnails"
  role          = "arn:aws:iam::111122223333:role/lambda-thumbnails"
  filename      = "thumbnails.zip"
  handler       = "app.handler"
  runtime       = "python3.13"
}

resource "aws_lambda_function" "go" {
  function_name = "go"
  role          = "arn:aws:iam::111122223333:role/lambda-go"
  filename      = "bootstrap.zip"
  handler       = "bootstrap"
  runtime       = "provided.al2023"
  architectures = ["arm64"]
}

# Container image: no managed runtime.
resource "aws_lambda_function" "image" {
  function_name = "image"
  role          = "arn:aws:iam::111122223333:role/lambda-image"
  package_type  = "Image"
  image_uri     = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/image-fn:1.2.0"
}

# Decided by a variable: not judged.
resource "aws_lambda_function" "configurable" {
  function_name = "configurable"
  role          = "arn:aws:iam::111122223333:role/lambda-configurable"
  filename      = "configurable.zip"
  handler       = "app.handler"
  runtime       = var.runtime
}
