"""The operation groups that earn more than the generated call: each extends its generated group.

`client.droplets` is one object with every droplets operation (generated) and `wait_until_active()` (here);
likewise actions (`wait()`), databases, kubernetes and load_balancers. The apps group is pydo_facade.apps.
"""

__all__: list[str] = []
