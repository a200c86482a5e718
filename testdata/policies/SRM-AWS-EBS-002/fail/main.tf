# Encrypted with the default key (aws/ebs).
resource "aws_ebs_volume" "records" { # expect: SRM-AWS-EBS-002
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true

  tags = {
    data-classification = "confidential"
  }
}

resource "aws_ebs_volume" "exports" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
  kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:alias/aws/ebs" # expect: SRM-AWS-EBS-002

  tags = {
    DataClassification = "restricted"
  }
}
