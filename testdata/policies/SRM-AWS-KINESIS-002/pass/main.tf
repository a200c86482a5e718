variable "sse_enabled" {
  type = bool
}

resource "aws_kms_key" "firehose" {
  description         = "Firehose buffers"
  enable_key_rotation = true
}

resource "aws_kinesis_firehose_delivery_stream" "app_logs" {
  name        = "app-logs"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::111122223333:role/firehose-app-logs"
    bucket_arn = "arn:aws:s3:::example-app-logs"
  }

  server_side_encryption {
    enabled  = true
    key_type = "CUSTOMER_MANAGED_CMK"
    key_arn  = aws_kms_key.firehose.arn
  }
}

# Fed by a Kinesis data stream: encryption is the source stream's.
resource "aws_kinesis_firehose_delivery_stream" "clickstream_archive" {
  name        = "clickstream-archive"
  destination = "extended_s3"

  kinesis_source_configuration {
    kinesis_stream_arn = "arn:aws:kinesis:eu-west-1:111122223333:stream/clickstream"
    role_arn           = "arn:aws:iam::111122223333:role/firehose-clickstream"
  }

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::111122223333:role/firehose-clickstream"
    bucket_arn = "arn:aws:s3:::example-clickstream-archive"
  }
}

# From a variable without a default: not judged.
resource "aws_kinesis_firehose_delivery_stream" "configurable" {
  name        = "configurable"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::111122223333:role/firehose-configurable"
    bucket_arn = "arn:aws:s3:::example-configurable"
  }

  server_side_encryption {
    enabled = var.sse_enabled
  }
}
