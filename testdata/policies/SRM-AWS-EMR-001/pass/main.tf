variable "security_configuration_name" {
  type = string
}

resource "aws_kms_key" "emr" {
  description         = "EMR local disks and S3"
  enable_key_rotation = true
}

resource "aws_emr_security_configuration" "encrypted" {
  name = "encrypted"

  configuration = jsonencode({
    EncryptionConfiguration = {
      EnableAtRestEncryption    = true
      EnableInTransitEncryption = true
      AtRestEncryptionConfiguration = {
        S3EncryptionConfiguration = {
          EncryptionMode = "SSE-KMS"
          AwsKmsKey      = aws_kms_key.emr.arn
        }
        LocalDiskEncryptionConfiguration = {
          EncryptionKeyProviderType = "AwsKms"
          AwsKmsKey                 = aws_kms_key.emr.arn
          EnableEbsEncryption       = true
        }
      }
      InTransitEncryptionConfiguration = {
        TLSCertificateConfiguration = {
          CertificateProviderType = "PEM"
          S3Object                = "s3://example-emr-certs/certs.zip"
        }
      }
    }
  })
}

resource "aws_emr_cluster" "etl" {
  name                   = "etl"
  release_label          = "emr-7.5.0"
  applications           = ["Spark", "Hadoop"]
  service_role           = "arn:aws:iam::111122223333:role/EMR_DefaultRole_V2"
  security_configuration = aws_emr_security_configuration.encrypted.name

  ec2_attributes {
    subnet_id        = "subnet-0a1b2c3d"
    instance_profile = "arn:aws:iam::111122223333:instance-profile/EMR_EC2_DefaultRole"
  }

  master_instance_group {
    instance_type = "m7g.xlarge"
  }
}

# From a variable without a default: not judged.
resource "aws_emr_cluster" "adhoc" {
  name                   = "adhoc"
  release_label          = "emr-7.5.0"
  applications           = ["Spark"]
  service_role           = "arn:aws:iam::111122223333:role/EMR_DefaultRole_V2"
  security_configuration = var.security_configuration_name

  ec2_attributes {
    subnet_id        = "subnet-0a1b2c3d"
    instance_profile = "arn:aws:iam::111122223333:instance-profile/EMR_EC2_DefaultRole"
  }

  master_instance_group {
    instance_type = "m7g.xlarge"
  }
}
