"""The event stream: building events, publishing them once, consuming them."""
