variable "encryption_type" {
  type = string
}

resource "aws_kms_key" "kinesis" {
  description         = "Kinesis streams"
  enable_key_rotation = true
}

resource "aws_kinesis_stream" "clickstream" {
  name             = "clickstream"
  retention_period = 48
  encryption_type  = "KMS"
  kms_key_id       = aws_kms_key.kinesis.arn

  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
}

resource "aws_kinesis_stream" "metrics" {
  name            = "metrics"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = "alias/aws/kinesis"
}

# From a variable without a default: not judged.
resource "aws_kinesis_stream" "configurable" {
  name            = "configurable"
  shard_count     = 1
  encryption_type = var.encryption_type
}
