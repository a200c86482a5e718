variable "volume_kms_key_arn" {
  type = string
}

resource "aws_kms_key" "ebs" {
  description         = "EBS"
  enable_key_rotation = true
}

resource "aws_ebs_volume" "records" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
  kms_key_id        = aws_kms_key.ebs.arn

  tags = {
    data-classification = "confidential"
  }
}

# Key from a variable: not judged.
resource "aws_ebs_volume" "exports" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
  kms_key_id        = var.volume_kms_key_arn

  tags = {
    data-classification = "restricted"
  }
}

# Internal data: the default key is acceptable.
resource "aws_ebs_volume" "scratch" {
  availability_zone = "eu-west-1a"
  size              = 50
  encrypted         = true

  tags = {
    data-classification = "internal"
  }
}
