# Cloud keys in a provider block, in user_data, in a local and in a variable default.
provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIA4RZQ7X2BN5KTYW3M" # expect: SRM-TF-SECRET-002
}

resource "aws_instance" "web" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"
  user_data     = <<-EOT
    #!/bin/bash
    export AWS_ACCESS_KEY_ID=AKIA2E7XQ4KZVN5RBT3W # expect: SRM-TF-SECRET-002
    export AWS_SECRET_ACCESS_KEY=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 # expect: SRM-TF-SECRET-002
  EOT
}

locals {
  maps_key = "AIzaSyD4k9Xq2Lr7Vb1Nw8Tz3Hc6Jm0Pf5Gs9Ea" # expect: SRM-TF-SECRET-002
}

variable "storage_connection" {
  type    = string
  default = "DefaultEndpointsProtocol=https;AccountName=prod;AccountKey=q7Rw2Zk9Lp4Xv8Nt3Bm6Hc1Jf5Gd0Sa7Ye2Ui9Op4As6Df8Gh1Jk3Lz5Xc7Vb9Nm2Qw4Er6Ty8Ui0Op1As3Df5==;EndpointSuffix=core.windows.net" # expect: SRM-TF-SECRET-002
}
