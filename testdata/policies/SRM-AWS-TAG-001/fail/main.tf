provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      Owner = "platform"
    }
  }
}

# No tags at all.
resource "aws_s3_bucket" "data" { # expect: SRM-AWS-TAG-001
  bucket = "acme-data"
}

# Tags without a classification.
resource "aws_dynamodb_table" "sessions" {
  name         = "sessions"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  tags = { # expect: SRM-AWS-TAG-001
    Name        = "sessions"
    Environment = "prod"
  }
}

resource "aws_ebs_volume" "scratch" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
  tags              = { Name = "scratch" } # expect: SRM-AWS-TAG-001
}

resource "aws_efs_file_system" "shared" { # expect: SRM-AWS-TAG-001
  encrypted = true
}

resource "aws_db_instance" "main" {
  identifier                  = "main"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  skip_final_snapshot         = true

  tags = { # expect: SRM-AWS-TAG-001
    Name = "main"
  }
}
