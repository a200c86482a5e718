resource "aws_emr_security_configuration" "analytics" {
  name = "analytics"

  configuration = jsonencode({
    EncryptionConfiguration = {
      EnableAtRestEncryption    = true
      EnableInTransitEncryption = false # expect: SRM-AWS-EMR-001
      AtRestEncryptionConfiguration = {
        S3EncryptionConfiguration = {
          EncryptionMode = "SSE-S3"
        }
      }
    }
  })
}

resource "aws_emr_security_configuration" "imdsv2_only" {
  name = "imdsv2-only"

  configuration = jsonencode({ # expect: SRM-AWS-EMR-001
    InstanceMetadataServiceConfiguration = {
      MinimumInstanceMetadataServiceVersion = 2
      HttpPutResponseHopLimit               = 1
    }
  })
}

resource "aws_emr_cluster" "etl" { # expect: SRM-AWS-EMR-001
  name          = "etl"
  release_label = "emr-7.5.0"
  applications  = ["Spark", "Hadoop"]
  service_role  = "arn:aws:iam::111122223333:role/EMR_DefaultRole_V2"

  ec2_attributes {
    subnet_id        = "subnet-0a1b2c3d"
    instance_profile = "arn:aws:iam::111122223333:instance-profile/EMR_EC2_DefaultRole"
  }

  master_instance_group {
    instance_type = "m7g.xlarge"
  }

  core_instance_group {
    instance_type  = "m7g.xlarge"
    instance_count = 2
  }
}
