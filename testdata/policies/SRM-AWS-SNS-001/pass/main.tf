variable "kms_master_key_id" {
  type = string
}

resource "aws_kms_key" "sns" {
  description         = "SNS topics"
  enable_key_rotation = true
}

resource "aws_sns_topic" "orders" {
  name              = "orders"
  kms_master_key_id = aws_kms_key.sns.arn
}

resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = "alias/aws/sns"
}

# Key chosen by a variable: not judged.
resource "aws_sns_topic" "configurable" {
  name              = "configurable"
  kms_master_key_id = var.kms_master_key_id
}
