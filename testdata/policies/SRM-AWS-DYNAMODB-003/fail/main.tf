resource "aws_dynamodb_table" "orders" {
  name                        = "orders"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "id"
  deletion_protection_enabled = false # expect: SRM-AWS-DYNAMODB-003

  attribute {
    name = "id"
    type = "S"
  }
}

# deletion_protection_enabled defaults to false.
resource "aws_dynamodb_table" "sessions" { # expect: SRM-AWS-DYNAMODB-003
  name         = "sessions"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }
}
