# Confidential table with the AWS owned key (no server_side_encryption block).
resource "aws_dynamodb_table" "customers" { # expect: SRM-AWS-DYNAMODB-002
  name         = "customers"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  tags = {
    data-classification = "confidential"
  }
}

# Restricted table with the AWS managed key aws/dynamodb.
resource "aws_dynamodb_table" "payments" {
  name         = "payments"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  server_side_encryption { # expect: SRM-AWS-DYNAMODB-002
    enabled = true
  }

  tags = {
    DataClassification = "restricted"
  }
}

resource "aws_dynamodb_table" "cards" {
  name         = "cards"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  server_side_encryption {
    enabled = false # expect: SRM-AWS-DYNAMODB-002
  }

  tags = {
    DataClassification = "restricted"
  }
}

resource "aws_dynamodb_table" "ledger" {
  name         = "ledger"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = "arn:aws:kms:eu-west-1:111122223333:alias/aws/dynamodb" # expect: SRM-AWS-DYNAMODB-002
  }

  tags = {
    DataClassification = "confidential"
  }
}
