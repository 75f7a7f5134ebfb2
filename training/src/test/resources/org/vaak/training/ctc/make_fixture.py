"""Writes torch-ctc.json: PyTorch's CTC loss and its gradient for small random cases.

Run with: python3 make_fixture.py > torch-ctc.json   (PyTorch 1.13, CPU)
Each case: frames T, tokens V (0 = blank), labels, logits [T][V] row-major, the loss -log p(labels|x)
of torch.nn.functional.ctc_loss(log_softmax(logits), reduction="none") (null when infeasible) and its
gradient w.r.t. the logits.
"""
import json
import torch

torch.manual_seed(20261123)
g = torch.Generator().manual_seed(7)
cases = []
specs = [(1, 3, [1]), (4, 3, [1, 1]), (5, 4, [2, 3, 2]), (6, 5, []), (8, 6, [1, 1, 2, 2]),
         (12, 7, [3, 4, 5, 4, 3]), (20, 9, [1, 2, 3, 4, 5, 6, 7, 8]), (30, 11, [10, 10, 10, 1, 2]),
         (3, 4, [1, 1, 1])]
for frames, tokens, labels in specs:
    logits = (torch.randn(frames, tokens, generator=g, dtype=torch.float64) * 2).requires_grad_(True)
    lp = torch.log_softmax(logits, dim=-1)
    loss = torch.nn.functional.ctc_loss(lp.unsqueeze(1), torch.tensor([labels], dtype=torch.long).reshape(1, -1),
                                        torch.tensor([frames]), torch.tensor([len(labels)]), blank=0,
                                        reduction='none', zero_infinity=False)
    grad = None
    if torch.isfinite(loss).all():
        loss.sum().backward()
        grad = logits.grad.reshape(-1).tolist()
    cases.append({"frames": frames, "tokens": tokens, "labels": labels,
                  "logits": logits.detach().reshape(-1).tolist(), "loss": float(loss.item()) if torch.isfinite(loss).all() else None,
                  "grad": grad})
print(json.dumps({"torch": torch.__version__, "cases": cases}))
