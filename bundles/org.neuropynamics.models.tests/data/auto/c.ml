e = 'ml'
unames = {1: 'V', 2: 'w'}
parnames = {1: 'I', 2: 'gCa', 3: 'V3', 4: 'V4', 5: 'phi', 11: 'T'}
NDIM=2, IPS=1, IRS=0, ILP=1
ICP = ['I']
NTST=200, NCOL=4, IAD=3, ISP=2, ISW=1, IPLT=0, NBC=0, NINT=0
NMX=1000, NPR=1000, DS=0.1, DSMIN=1e-8, DSMAX=2.0
UZSTOP = {'I': [-100, 300]}
EPSL=1e-10, EPSU=1e-10, EPSS=1e-8
ITMX=8, NWTN=3, ITNW=7, JAC=0
