variable "iam_auth" {
  type = bool
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier                  = "graph"
  engine                              = "neptune"
  storage_encrypted                   = true
  iam_database_authentication_enabled = true
}

# From a variable without a default: not judged.
resource "aws_neptune_cluster" "configurable" {
  cluster_identifier                  = "configurable"
  engine                              = "neptune"
  storage_encrypted                   = true
  iam_database_authentication_enabled = var.iam_auth
}
