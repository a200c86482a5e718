resource "aws_kinesis_stream" "clickstream" {
  name             = "clickstream"
  retention_period = 48
  encryption_type  = "NONE" # expect: SRM-AWS-KINESIS-001

  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
}

# Left out: encryption_type defaults to NONE.
resource "aws_kinesis_stream" "orders_cdc" { # expect: SRM-AWS-KINESIS-001
  name             = "orders-cdc"
  shard_count      = 2
  retention_period = 168
}
