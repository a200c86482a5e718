# Documentation examples, references and placeholders are not keys.
variable "access_key" {
  type      = string
  sensitive = true
}

provider "aws" {
  region     = "eu-west-1"
  access_key = var.access_key
}

resource "aws_instance" "web" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"
  user_data     = <<-EOT
    #!/bin/bash
    # From the AWS documentation: AKIAIOSFODNN7EXAMPLE
    export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    export AWS_ACCESS_KEY_ID=${var.access_key}
  EOT
}

locals {
  storage = "DefaultEndpointsProtocol=https;AccountName=prod;AccountKey=${var.access_key};EndpointSuffix=core.windows.net"
}
