variable "managed_updates" {
  type = string
}

resource "aws_elastic_beanstalk_application" "shop" {
  name = "shop"
}

resource "aws_elastic_beanstalk_environment" "web" {
  name                = "shop-web"
  application         = aws_elastic_beanstalk_application.shop.name
  solution_stack_name = "64bit Amazon Linux 2023 v6.1.0 running Node.js 20"

  setting {
    namespace = "aws:elasticbeanstalk:managedactions"
    name      = "ManagedActionsEnabled"
    value     = "true"
  }

  setting {
    namespace = "aws:elasticbeanstalk:managedactions"
    name      = "PreferredStartTime"
    value     = "Sun:03:00"
  }

  setting {
    namespace = "aws:elasticbeanstalk:managedactions:platformupdate"
    name      = "UpdateLevel"
    value     = "minor"
  }
}

# The option is not set: the service default is not judged.
resource "aws_elastic_beanstalk_environment" "worker" {
  name                = "shop-worker"
  application         = aws_elastic_beanstalk_application.shop.name
  solution_stack_name = "64bit Amazon Linux 2023 v6.1.0 running Node.js 20"
  tier                = "Worker"
}

# From a variable without a default: not judged.
resource "aws_elastic_beanstalk_environment" "configurable" {
  name                = "shop-configurable"
  application         = aws_elastic_beanstalk_application.shop.name
  solution_stack_name = "64bit Amazon Linux 2023 v6.1.0 running Node.js 20"

  setting {
    namespace = "aws:elasticbeanstalk:managedactions"
    name      = "ManagedActionsEnabled"
    value     = var.managed_updates
  }
}
