e = 'hh'
unames = {1: 'V', 2: 'm', 3: 'h', 4: 'n'}
parnames = {1: 'I', 11: 'T'}
NDIM=4, IPS=1, IRS=0, ILP=1
ICP = ['I']
NTST=50, NCOL=4, IAD=3, ISP=2, ISW=1, IPLT=0, NBC=0, NINT=0
NMX=500, NPR=1000, DS=0.01, DSMIN=1e-6, DSMAX=2.0
UZSTOP = {'I': [0, 200]}
EPSL=1e-9, EPSU=1e-9, EPSS=1e-7
ITMX=8, NWTN=3, ITNW=7, JAC=0
