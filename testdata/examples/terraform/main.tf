# Storage for the reports service.
resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports-${var.environment}"
  acl    = "public-read"

  tags = {
    owner = "reports-team"
  }
}

resource "aws_s3_bucket_versioning" "reports" {
  bucket = aws_s3_bucket.reports.id
  versioning_configuration {
    status = "Suspended"
  }
}

resource "aws_iam_policy" "deployer" {
  name = "deployer"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "*"
      Resource = "*"
    }]
  })
}

resource "aws_instance" "bastion" {
  ami           = var.bastion_ami
  instance_type = "t3.micro"

  metadata_options {
    http_tokens = "optional"
  }

  root_block_device {
    encrypted = false
  }
}

resource "aws_db_instance" "orders" {
  identifier                 = "orders"
  engine                     = "postgres"
  instance_class             = "db.t3.medium"
  allocated_storage          = 20
  publicly_accessible        = true
  storage_encrypted          = false
  backup_retention_period    = 0
  auto_minor_version_upgrade = false
  tags = {
    data-classification = "confidential"
  }
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = aws_s3_bucket.reports.id
  is_multi_region_trail      = false
  enable_log_file_validation = false
}

resource "aws_ecr_repository" "api" {
  name                 = "api"
  image_tag_mutability = "MUTABLE"
}

resource "aws_guardduty_detector" "main" {
  enable = false
}

resource "aws_cloudwatch_log_group" "api" {
  name              = "/acme/api"
  retention_in_days = 7
}
