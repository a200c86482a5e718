variable "admin_ssh_public_key" {
  type = string
}

variable "nic_id" {
  type = string
}

resource "azurerm_managed_disk" "records" { # expect: SRM-AZURE-VM-003
  name                 = "disk-records"
  location             = "westeurope"
  resource_group_name  = "rg-records"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 256

  tags = {
    data-classification = "restricted"
  }
}

resource "azurerm_linux_virtual_machine" "records" {
  name                  = "vm-records"
  resource_group_name   = "rg-records"
  location              = "westeurope"
  size                  = "Standard_D4s_v5"
  admin_username        = "azureuser"
  network_interface_ids = [var.nic_id]

  admin_ssh_key {
    username   = "azureuser"
    public_key = var.admin_ssh_public_key
  }

  os_disk { # expect: SRM-AZURE-VM-003
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "ubuntu-24_04-lts"
    sku       = "server"
    version   = "latest"
  }

  tags = {
    DataClassification = "Confidential"
  }
}
