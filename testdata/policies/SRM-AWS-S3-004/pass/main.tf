variable "versioning_status" {
  type    = string
  default = "Enabled"
}

variable "versioning_enabled" {
  type    = bool
  default = true
}

resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id

  versioning_configuration {
    status = "Enabled"
  }
}

# Status from a variable: not judged.
resource "aws_s3_bucket" "configurable" {
  bucket = "acme-configurable"
}

resource "aws_s3_bucket_versioning" "configurable" {
  bucket = aws_s3_bucket.configurable.id

  versioning_configuration {
    status = var.versioning_status
  }
}

# Provider v3: inline block.
resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"

  versioning {
    enabled = true
  }
}

resource "aws_s3_bucket" "legacy_configurable" {
  bucket = "acme-legacy-configurable"

  versioning {
    enabled = var.versioning_enabled
  }
}
