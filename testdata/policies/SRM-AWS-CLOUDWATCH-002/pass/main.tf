variable "logs_kms_key_arn" {
  type = string
}

resource "aws_cloudwatch_log_group" "payments_api" {
  name              = "/payments/api"
  retention_in_days = 400
  kms_key_id        = var.logs_kms_key_arn

  tags = {
    data-classification = "restricted"
  }
}

# Internal data: service-managed encryption is acceptable.
resource "aws_cloudwatch_log_group" "build" {
  name              = "/ci/build"
  retention_in_days = 365

  tags = {
    data-classification = "internal"
  }
}
