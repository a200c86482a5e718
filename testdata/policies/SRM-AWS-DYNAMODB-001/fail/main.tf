# No point_in_time_recovery block: off by default.
resource "aws_dynamodb_table" "sessions" { # expect: SRM-AWS-DYNAMODB-001
  name         = "sessions"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  point_in_time_recovery {
    enabled = false # expect: SRM-AWS-DYNAMODB-001
  }
}
